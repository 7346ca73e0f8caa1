/**
 */
package cymru.croeso.model.edit.provider;


import cymru.croeso.model.CroesoFactory;
import cymru.croeso.model.CroesoPackage;
import cymru.croeso.model.Services;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link cymru.croeso.model.Services} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class ServicesItemProvider extends ModelElementItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ServicesItemProvider(AdapterFactory adapterFactory) {
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

		}
		return itemPropertyDescriptors;
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
			childrenFeatures.add(CroesoPackage.Literals.SERVICES__SCHOOL_ESTATES);
			childrenFeatures.add(CroesoPackage.Literals.SERVICES__ESOL_PROVIDERS);
			childrenFeatures.add(CroesoPackage.Literals.SERVICES__ESOL_NEEDS);
			childrenFeatures.add(CroesoPackage.Literals.SERVICES__HOUSING_STOCKS);
			childrenFeatures.add(CroesoPackage.Literals.SERVICES__GP_PRACTICES);
			childrenFeatures.add(CroesoPackage.Literals.SERVICES__ASSUMPTIONS);
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
	 * This returns Services.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Services"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		return getString("_UI_Services_type");
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

		switch (notification.getFeatureID(Services.class)) {
			case CroesoPackage.SERVICES__SCHOOL_ESTATES:
			case CroesoPackage.SERVICES__ESOL_PROVIDERS:
			case CroesoPackage.SERVICES__ESOL_NEEDS:
			case CroesoPackage.SERVICES__HOUSING_STOCKS:
			case CroesoPackage.SERVICES__GP_PRACTICES:
			case CroesoPackage.SERVICES__ASSUMPTIONS:
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
				(CroesoPackage.Literals.SERVICES__SCHOOL_ESTATES,
				 CroesoFactory.eINSTANCE.createSchoolEstate()));

		newChildDescriptors.add
			(createChildParameter
				(CroesoPackage.Literals.SERVICES__ESOL_PROVIDERS,
				 CroesoFactory.eINSTANCE.createEsolProvider()));

		newChildDescriptors.add
			(createChildParameter
				(CroesoPackage.Literals.SERVICES__ESOL_NEEDS,
				 CroesoFactory.eINSTANCE.createEsolNeed()));

		newChildDescriptors.add
			(createChildParameter
				(CroesoPackage.Literals.SERVICES__HOUSING_STOCKS,
				 CroesoFactory.eINSTANCE.createHousingStock()));

		newChildDescriptors.add
			(createChildParameter
				(CroesoPackage.Literals.SERVICES__GP_PRACTICES,
				 CroesoFactory.eINSTANCE.createGpPractice()));

		newChildDescriptors.add
			(createChildParameter
				(CroesoPackage.Literals.SERVICES__ASSUMPTIONS,
				 CroesoFactory.eINSTANCE.createServiceAssumptions()));
	}

}
