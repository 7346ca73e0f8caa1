/**
 */
package cymru.croeso.model.edit.provider;


import cymru.croeso.model.CroesoFactory;
import cymru.croeso.model.CroesoPackage;
import cymru.croeso.model.Project;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link cymru.croeso.model.Project} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class ProjectItemProvider extends ModelElementItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ProjectItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addNamePropertyDescriptor(object);
			addFormatVersionPropertyDescriptor(object);
			addDescriptionPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Name feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNamePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Project_name_feature"),
				 getString("_UI_Project_name_description"),
				 CroesoPackage.Literals.PROJECT__NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Format Version feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFormatVersionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Project_formatVersion_feature"),
				 getString("_UI_Project_formatVersion_description"),
				 CroesoPackage.Literals.PROJECT__FORMAT_VERSION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Description feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDescriptionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Project_description_feature"),
				 getString("_UI_Project_description_description"),
				 CroesoPackage.Literals.PROJECT__DESCRIPTION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(CroesoPackage.Literals.PROJECT__AREAS);
			childrenFeatures.add(CroesoPackage.Literals.PROJECT__GROUPS);
			childrenFeatures.add(CroesoPackage.Literals.PROJECT__BASE_POPULATION);
			childrenFeatures.add(CroesoPackage.Literals.PROJECT__ASSUMPTIONS);
			childrenFeatures.add(CroesoPackage.Literals.PROJECT__SCENARIOS);
			childrenFeatures.add(CroesoPackage.Literals.PROJECT__SERVICES);
			childrenFeatures.add(CroesoPackage.Literals.PROJECT__STRATEGY);
			childrenFeatures.add(CroesoPackage.Literals.PROJECT__INDICATORS);
			childrenFeatures.add(CroesoPackage.Literals.PROJECT__ORGANISATIONS);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns Project.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Project"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((Project)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_Project_type") :
			getString("_UI_Project_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(Project.class)) {
			case CroesoPackage.PROJECT__NAME:
			case CroesoPackage.PROJECT__FORMAT_VERSION:
			case CroesoPackage.PROJECT__DESCRIPTION:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case CroesoPackage.PROJECT__AREAS:
			case CroesoPackage.PROJECT__GROUPS:
			case CroesoPackage.PROJECT__BASE_POPULATION:
			case CroesoPackage.PROJECT__ASSUMPTIONS:
			case CroesoPackage.PROJECT__SCENARIOS:
			case CroesoPackage.PROJECT__SERVICES:
			case CroesoPackage.PROJECT__STRATEGY:
			case CroesoPackage.PROJECT__INDICATORS:
			case CroesoPackage.PROJECT__ORGANISATIONS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(CroesoPackage.Literals.PROJECT__AREAS,
				 CroesoFactory.eINSTANCE.createArea()));

		newChildDescriptors.add
			(createChildParameter
				(CroesoPackage.Literals.PROJECT__GROUPS,
				 CroesoFactory.eINSTANCE.createPopulationGroup()));

		newChildDescriptors.add
			(createChildParameter
				(CroesoPackage.Literals.PROJECT__BASE_POPULATION,
				 CroesoFactory.eINSTANCE.createBasePopulation()));

		newChildDescriptors.add
			(createChildParameter
				(CroesoPackage.Literals.PROJECT__ASSUMPTIONS,
				 CroesoFactory.eINSTANCE.createAssumptions()));

		newChildDescriptors.add
			(createChildParameter
				(CroesoPackage.Literals.PROJECT__SCENARIOS,
				 CroesoFactory.eINSTANCE.createScenario()));

		newChildDescriptors.add
			(createChildParameter
				(CroesoPackage.Literals.PROJECT__SERVICES,
				 CroesoFactory.eINSTANCE.createServices()));

		newChildDescriptors.add
			(createChildParameter
				(CroesoPackage.Literals.PROJECT__STRATEGY,
				 CroesoFactory.eINSTANCE.createStrategy()));

		newChildDescriptors.add
			(createChildParameter
				(CroesoPackage.Literals.PROJECT__INDICATORS,
				 CroesoFactory.eINSTANCE.createIndicator()));

		newChildDescriptors.add
			(createChildParameter
				(CroesoPackage.Literals.PROJECT__ORGANISATIONS,
				 CroesoFactory.eINSTANCE.createOrganisation()));
	}

}
